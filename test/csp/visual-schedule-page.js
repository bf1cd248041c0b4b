import '/packages/elements/dist/cdn/otkit.min.js';
import visualSchedule from './scenarios/visual-schedule.js';

window.otkitScenario = visualSchedule(document.getElementById('root')).then(
  () => 'ok',
  (error) => `scenario failed: ${error && error.message}`,
);
