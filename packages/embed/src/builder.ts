/** Script of builder.html: the builder in the visitor's language, editing the schedule in the page's own fragment. */
import './builder/define.js';
import { supportedLanguage } from '@otkit/elements';

document.documentElement.lang = supportedLanguage(navigator.language);
const builder = document.createElement('ot-schedule-builder');
builder.syncHash = true;
if (location.hash) builder.fragmentIn = location.hash;
document.querySelector('main')!.append(builder);
