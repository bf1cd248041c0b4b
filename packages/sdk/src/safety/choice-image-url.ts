/**
 * The URL check of a choice's picture, apart from the board's schema so that code drawing pictures (every
 * element's shared image helper) carries only the URL policy, not the choice-board model.
 */
import { OT_MAX_DATA_URL_LENGTH, checkImageUrl, type OtUrlCheck } from './url-policy.js';

const SVG_DATA = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/]*={0,2}$/i;

/**
 * The URL of a choice's picture: what the URL policy allows for any image, and also base64 SVG data URLs (the
 * symbol sets of AAC apps are SVG). The board shows pictures only as `<img>`, where an SVG's script never runs
 * and it loads nothing; the size cap is the policy's.
 *
 * @example
 * checkChoiceImageUrl('data:image/svg+xml;base64,PHN2Zz4='); // { ok: true, url: 'data:image/svg+xml;base64,PHN2Zz4=' }
 */
export function checkChoiceImageUrl(raw: unknown): OtUrlCheck {
  if (typeof raw !== 'string' || raw.length < 65_536) return checkImageUrlOrSvg(raw);
  // A picture of megabytes is checked once per import, not once per schema that holds it.
  let verdict = bigVerdicts.get(raw);
  if (!verdict) {
    verdict = checkImageUrlOrSvg(raw);
    if (bigVerdicts.size >= 16) bigVerdicts.delete(bigVerdicts.keys().next().value!);
    bigVerdicts.set(raw, verdict);
  }
  return verdict;
}

const bigVerdicts = new Map<string, OtUrlCheck>();

function checkImageUrlOrSvg(raw: unknown): OtUrlCheck {
  if (typeof raw === 'string' && SVG_DATA.test(raw))
    return raw.length > OT_MAX_DATA_URL_LENGTH
      ? { ok: false, reason: `data: image is too large (${raw.length} characters; at most ${OT_MAX_DATA_URL_LENGTH})` }
      : { ok: true, url: raw };
  return checkImageUrl(raw);
}
