/**
 * opencc-js publishes its dictionaries as subpath modules without type declarations: a
 * dictionary is "source target|source target…", a group list is what ConverterFactory takes.
 */
declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/from/tw' {
  const groups: string[][];
  export default groups;
}
declare module 'opencc-js/to/cn' {
  const groups: string[][];
  export default groups;
}
declare module 'opencc-js/to/tw' {
  const groups: string[][];
  export default groups;
}
