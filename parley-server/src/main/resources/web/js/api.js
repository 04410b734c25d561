// The HTTP API as the pages use it: tokens from the URL fragment, sent as Bearer headers.
// Every failure becomes an ApiError whose message is the server's own {"error": ...} text.

/** An API call that failed: the HTTP status (0 for a network failure) and a readable message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Reads the URL fragment (#n=NID&t=TOKEN or #console=KEY) into a plain object.
 * The fragment never reaches the server, so tokens stay out of its logs.
 */
export function readFragment(hash = window.location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const read = {
    negotiation: params.get('n') || '',
    token: params.get('t') || '',
    consoleKey: params.get('console') || '',
  };
  return rememberLink(read);
}

const LINK_KEY = `parley-link:${window.location.pathname}`;

/**
 * Deep links survive in-page hash changes: a fragment that holds a link (#n=…&t=… or #console=…) is
 * kept for this tab (sessionStorage, never sent anywhere), and a fragment that holds none (#main
 * after the skip link, a section's anchor) falls back to it, so a reload still opens the same room.
 */
function rememberLink(read) {
  try {
    if (read.token || read.consoleKey) {
      window.sessionStorage.setItem(LINK_KEY, JSON.stringify(read));
      return read;
    }
    const kept = JSON.parse(window.sessionStorage.getItem(LINK_KEY) || 'null');
    return kept && typeof kept === 'object' ? { ...read, ...kept } : read;
  } catch (e) {
    return read;
  }
}

/**
 * Reloads the page when the fragment changes to another link (a person pastes another room's link
 * into the address bar of an open page); other fragment changes (anchors) keep the page as it is.
 */
export function followLinkChanges(current) {
  window.addEventListener('hashchange', () => {
    const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const token = params.get('t') || params.get('console') || '';
    if (token && token !== (current.token || current.consoleKey)) window.location.reload();
  });
}

/** Sends one request with a Bearer token; resolves to parsed JSON (or null for 204). */
export async function request(method, path, token, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  if (response.status === 204) return null;
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      data = null;
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, describeFailure(response.status, data));
  }
  return data;
}

/**
 * What a failed call says to a person. The server's own sentence for a refused request (4xx), which
 * is written for people and names the field; never a server failure's text (5xx), an HTML page or
 * anything that looks like a program's internals.
 */
function describeFailure(status, data) {
  let detail = data && typeof data.error === 'string' ? data.error
    : (data && typeof data.detail === 'string' ? data.detail : '');
  if (status >= 500 || /exception|\bat [a-z]+\.|stack|<html|null ?pointer/i.test(detail) || detail.length > 500) {
    detail = '';
  }
  if (status >= 500) return 'Something went wrong on the server. Your last action may not have been saved; try again in a moment.';
  if (status === 401) return detail || 'This link is not valid any more. Ask the mediator for a new one.';
  if (status === 403) return detail || 'You are not allowed to do that in this negotiation.';
  if (status === 404) return detail || 'Not found.';
  if (status === 409) return detail || 'That is not possible in the negotiation’s current state.';
  if (status === 413) return detail || 'That is too large (the limit is 1 MiB).';
  return detail || `The server answered with status ${status}.`;
}

/** A client bound to one negotiation and one participant's token. */
export class NegotiationClient {
  constructor(negotiation, token) {
    this.negotiation = negotiation;
    this.token = token;
    this.base = `/api/negotiations/${encodeURIComponent(negotiation)}`;
  }

  get(path = '') {
    return request('GET', this.base + path, this.token);
  }

  post(path, body = {}) {
    return request('POST', this.base + path, this.token, body);
  }

  delete(path) {
    return request('DELETE', this.base + path, this.token);
  }

  /** The caller's view of the negotiation, folded by the server from the events it may see. */
  view() {
    return this.get('');
  }

  /**
   * Opens the live stream. onChange(event) is called for every event (named or not);
   * onState('live' | 'reconnecting') reports the connection. Returns a function that closes it.
   */
  stream(onChange, onState) {
    const url = `${this.base}/stream?token=${encodeURIComponent(this.token)}`;
    const source = new EventSource(url);
    const handler = (message) => {
      let event = null;
      try {
        event = JSON.parse(message.data);
      } catch (e) {
        event = null;
      }
      onChange(event);
    };
    source.addEventListener('message', handler);
    for (const type of EVENT_TYPES) source.addEventListener(type, handler);
    source.addEventListener('open', () => onState('live'));
    source.addEventListener('error', () => onState('reconnecting'));
    return () => source.close();
  }

  /**
   * Follows the stream as both pages do: calls refresh() once per burst of events (100 ms after
   * the first) and shows the connection in `indicator` as "Live" or "Reconnecting…".
   */
  follow(refresh, indicator) {
    let pending = null;
    return this.stream(() => {
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        refresh();
      }, 100);
    }, (state) => {
      indicator.dataset.state = state;
      indicator.textContent = state === 'live' ? 'Live' : 'Reconnecting…';
    });
  }
}

/** The event types of the contract; the stream names each event with its type. */
export const EVENT_TYPES = [
  'negotiation-created', 'participant-invited', 'invitation-revoked', 'text-drafted',
  'text-released', 'response-submitted', 'message-sent', 'message-released',
  'preferences-confided', 'session-scheduled', 'adjourned', 'suggestion-made',
  'suggestion-released', 'seat-assigned', 'agreement-recorded', 'negotiation-ended',
  // The mediator's day (issue 16).
  'session-adjourned', 'session-resumed', 'deadline-set', 'note-written', 'message-paraphrased',
  'outside-event-recorded', 'agreement-signed',
];
