/** Script of schedule.html and first-then.html (`<body data-kind="first-then">`). */
import { startSchedulePage } from './page.js';

void startSchedulePage(document.querySelector('main')!);
