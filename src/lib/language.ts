/** Language tags and Han text: small helpers for schemas, components and the content check. */

/** A run of Han characters, with the punctuation and spaces that join them. */
export const HAN_RUN = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff01-\uff5e·\s\d]*\p{Script=Han})?/gu;

export const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** True when a BCP 47 tag is of the language `primary` (`zh-Hans` is of `zh`; `zha` is not). */
export const isLanguage = (tag: string, primary: string) => tag.toLowerCase() === primary || tag.toLowerCase().startsWith(`${primary}-`);
