/** When a note was written, as the goal stack shows it: the time of day, and the date too for an earlier day. */

const formats = new Map<string, Intl.DateTimeFormat>();
const TIME = { hour: 'numeric', minute: '2-digit' } as const;
const DATE_AND_TIME = { month: 'short', day: 'numeric', ...TIME } as const;
const WITH_YEAR = { year: 'numeric', ...DATE_AND_TIME } as const;

/**
 * A cached format: making one per note per render would cost more than the render itself. A page's lang
 * attribute may hold a tag Intl refuses: then English.
 */
function format(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag} ${Object.keys(options).join()}`;
  let cached = formats.get(key);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat(tag, options);
    } catch {
      return format('en', options);
    }
    formats.set(key, cached);
  }
  return cached;
}

const dayOf = (at: number) => new Date(at).toDateString();

/**
 * `at` in the page's language (`tag`): "2:30 PM" on the day of `now`; "Nov 20, 2:30 PM" on an earlier day (a
 * note carried over from another session), with the year when that is another year. Local time of the device.
 */
export function noteTime(at: number, now: number, tag: string): string {
  if (dayOf(at) === dayOf(now)) return format(tag, TIME).format(at);
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return format(tag, sameYear ? DATE_AND_TIME : WITH_YEAR).format(at);
}
