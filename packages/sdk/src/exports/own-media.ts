/** The `@otkit/sdk` exports of one domain: own pictures and sounds (issue 16). Re-exported whole by ../index.ts. */
export {
  OT_OWN_IMAGE_FILE_TYPES,
  OT_OWN_IMAGE_MAX_CHARS,
  OT_OWN_IMAGE_MAX_FILE_BYTES,
  OT_OWN_IMAGE_MAX_SIDE,
  OT_OWN_SOUND_FILE_TYPES,
  OT_OWN_SOUND_MAX_CHARS,
  OT_OWN_SOUND_MAX_SECONDS,
  checkOwnImage,
  checkOwnImageFile,
  checkOwnMediaAddress,
  checkOwnSound,
  checkOwnSoundFile,
  inlineMediaOf,
} from '../safety/own-media.js';
export type { OtLinkMedia, OtOwnFile } from '../safety/own-media.js';
