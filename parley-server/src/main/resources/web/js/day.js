// The mediator's day as both pages show it (issue 16): the adjournment (when and where talks
// resume), the deadline with a live countdown, outside events, and the "ended" lock that disables
// every control once the negotiation is over. Times come from the server in ISO 8601 with the
// offset of the negotiation's time zone; they are shown as the server wrote them.
import { el, empty } from './dom.js';

/** Whether the negotiation is over (agreed or ended): every action is then disabled. */
export function isOver(view) {
  return Boolean(view.status) && view.status !== 'open';
}

/** "2 days 3 h 04 min 05 s" until `millis` from `now`, or null once it has passed. */
export function remaining(millis, now = Date.now()) {
  let left = Math.floor((millis - now) / 1000);
  if (left <= 0) return null;
  const days = Math.floor(left / 86400);
  left -= days * 86400;
  const hours = Math.floor(left / 3600);
  left -= hours * 3600;
  const minutes = Math.floor(left / 60);
  const seconds = left - minutes * 60;
  const pad = (n) => String(n).padStart(2, '0');
  return `${days ? `${days} day${days > 1 ? 's' : ''} ` : ''}${hours} h ${pad(minutes)} min ${pad(seconds)} s`;
}

let ticking = null;

/**
 * The deadline with a countdown that updates every second while the page is open; says when the
 * deadline has passed. Null when no deadline date is set.
 */
export function deadlineCountdown(view) {
  const deadline = view.day && view.day.deadline;
  if (ticking) clearInterval(ticking);
  ticking = null;
  if (!deadline) return null;
  const clock = el('strong', { class: 'countdown', 'data-deadline': deadline.atMillis });
  const tick = () => {
    const left = remaining(deadline.atMillis);
    clock.textContent = left ? `${left} left` : 'the deadline has passed';
  };
  tick();
  ticking = setInterval(tick, 1000);
  return el('p', { class: 'deadline', id: 'deadline-countdown' },
    'Deadline: ', el('time', { datetime: deadline.at }, deadline.at), ` (${deadline.zone}) — `, clock);
}

/** When and where talks resume, while the session is adjourned; null while in session. */
export function adjournmentNotice(view) {
  const adjourned = view.day && view.day.adjourned;
  if (!adjourned) return null;
  return el('div', { class: 'adjourned-notice', role: 'status', id: 'adjourned-notice' },
    el('strong', {}, 'The session is adjourned. '),
    'Talks resume ', el('time', { datetime: adjourned.resumesAt }, adjourned.resumesAt),
    ` (${adjourned.zone}) at ${adjourned.venue}.`,
    adjourned.reason ? el('div', { class: 'meta' }, `Reason: ${adjourned.reason}`) : null);
}

/** The outside events recorded by the mediators, with their times. */
export function outsideEvents(view) {
  const outside = (view.day && view.day.outside) || [];
  if (!outside.length) return null;
  return el('div', { class: 'outside-events' }, el('h3', {}, 'Outside the talks'),
    el('ul', { class: 'plain' }, outside.map((o) => el('li', {},
      el('time', { datetime: o.time }, o.time), ' — ', o.text))));
}

/** The timeline of the day (GET /timeline) as a list: every event with its ISO 8601 time. */
export function timelineOfTheDay(timeline) {
  const entries = (timeline && timeline.entries) || [];
  if (!entries.length) return empty('Nothing has happened yet.');
  return el('ol', { class: 'day-timeline', 'aria-label': `Timeline, times in ${timeline.zone}` },
    entries.map((e) => el('li', { 'data-type': e.type },
      el('time', { datetime: e.time }, e.time), ' ', e.summary)));
}

/**
 * Disables every control inside `root` once the negotiation is over (and enables them again while
 * it is open), except those marked data-after-end (printing, the PDF, signing, and the
 * follow-through after an agreement: ratification, the improvement round, implementation).
 */
export function lockWhenOver(root, view) {
  const over = isOver(view);
  for (const control of root.querySelectorAll('input, select, textarea, button')) {
    if (control.closest('[data-after-end]')) continue;
    if (over) {
      control.disabled = true;
      control.dataset.lockedByEnd = 'yes';
    } else if (control.dataset.lockedByEnd) {
      control.disabled = false;
      delete control.dataset.lockedByEnd;
    }
  }
  root.dataset.over = over ? 'yes' : 'no';
}
