import { breakBoard, morningSteps } from '../../shared/data';
import { SessionCorner } from './session-corner';

/**
 * A server component: rendered on the server (at build time here), it hands the data to the client component,
 * whose @otkit/react wrappers set it as properties once the page has hydrated.
 */
export default function Page() {
  return (
    <main>
      <h1>OT Kit in Next.js</h1>
      <SessionCorner board={breakBoard} steps={morningSteps} />
    </main>
  );
}
