/**
 * The validator of a portal's own adjustment rule sets (the `rules` property, the files of `rules-src`): the
 * SDK's `adjustmentRegistry`, which checks each set and names the field at fault. Its own chunk, downloaded only
 * when a portal gives rule sets; the built-in example sets are trusted and never validated in the page.
 */
export { adjustmentRegistry } from '@hbrs/sdk/policy';
