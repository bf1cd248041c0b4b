/**
 * Entry of the single-file CDN bundle (dist/cdn/otkit.min.js): registers every element and exports the
 * element classes and the whole SDK, so a plain page needs one <script type="module">.
 */
import './define.js';

export * from './index.js';
export * from '@otkit/sdk';
