/**
 * Entry of the single-file CDN bundle (dist/cdn/otkit.min.js): registers every element and exports the
 * element classes and the whole SDK, so a plain page needs one <script type="module">.
 */
import './define.js';

export * from './index.js';
export * from '@otkit/sdk';
// The element class and the SDK's choice-board record type share the name OtChoiceBoard; the class wins here.
export { OtChoiceBoard } from './index.js';
