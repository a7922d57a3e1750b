/** A bounded cache in front of a pure function of one string. */

/**
 * `compute` memoized by its argument. The cache is cleared when it passes `limit` entries, so a
 * long batch never grows it without bound.
 */
export function cachedByValue<T>(
  compute: (value: string) => T,
  limit = 50_000,
): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let cached = cache.get(value);
    if (cached === undefined) {
      cached = compute(value);
      if (cache.size > limit) cache.clear();
      cache.set(value, cached);
    }
    return cached;
  };
}
