import { describe, expect, it } from 'vitest';
import { hintPolarity, hintTokens } from '../../src/rules/hints.js';

describe('class and id hints', () => {
  it('splits names into tokens', () => {
    expect(hintTokens('article-body shareBar')).toEqual(['article', 'body', 'share', 'bar']);
  });
  it.each([
    ['article-content', 1],
    ['TRS_Editor', 1],
    ['abody', 1],
    ['share-bar', -2],
    ['comment-list', -2],
    ['related-news', -2],
    ['footer-bottom-text', -1],
    ['sidebar', -1],
    ['shadow-box', 0],
    ['has-sidebar', 0],
    ['modal-enabled', 0],
    ['', 0],
    // Posts the story quotes are its material, even when their class says social.
    ['social-media-embed', 0],
    ['twitter-tweet', 0],
    ['instagram-media', 0],
  ] as const)('%s → %i', (value, polarity) => expect(hintPolarity(value)).toBe(polarity));
});
