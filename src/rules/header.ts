/** Lines above the headline of a text dump: site names, channel names, slogans. */
import type { Rule } from './rule.js';

export const pageHeader: Rule = {
  id: 'page-header',
  reason: 'a line above the headline (site or channel name, slogan, subtitle)',
};
