// The session timeline: sessions and adjournments in order, shared by the console and the room.
import { el, empty } from './dom.js';
import { negotiatingParties, formatWhen, timeline } from './negotiation.js';

/** The timeline as a list; withAttendance adds who attends each session (mediators only). */
export function timelineList(view, nameOf, withAttendance) {
  const items = timeline(view);
  if (!items.length) return empty('No session scheduled yet.');
  const parties = negotiatingParties(view);
  return el('ol', { class: 'timeline' }, items.map((s) => {
    if (s.kind === 'adjournment') {
      return el('li', { class: 'adjourned' }, el('strong', {}, 'Adjourned'),
        s.until ? ` until ${s.until}` : '', s.reason ? el('div', { class: 'meta' }, s.reason) : null);
    }
    const attending = s.attendance || [];
    const absent = parties.filter((p) => !attending.includes(p.id));
    return el('li', {},
      el('strong', {}, s.name), ' ',
      el('span', { class: 'meta' }, [s.venue, s.date ? formatWhen(s.date) : ''].filter(Boolean).join(' · ')),
      withAttendance ? el('div', {}, `Attending: ${attending.map(nameOf).join(', ') || 'no one listed'}`) : null,
      withAttendance && absent.length
        ? el('div', { class: 'meta' }, `Absent: ${absent.map((p) => p.name || p.id).join(', ')}`) : null);
  }));
}
