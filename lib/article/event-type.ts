/**
 * An event's type from the words that carry it: the earliest trigger in the
 * text wins ("In public remarks …, Rubio said the call was…" is a
 * statement, not a call; "spoke by phone" is a call). Each pattern is
 * linear: the one gap ("announced … sanctions") is bounded. Pure.
 */
import type { EventTypeValue } from '../schemas/common';

const TRIGGERS: [Exclude<EventTypeValue, 'other'>, RegExp][] = [
  [
    'sanction',
    /\b(?:impos(?:ed|ing|es?)|lift(?:ed|ing|s)?|eas(?:ed|ing|es?)|extend(?:ed|ing|s)?|tighten(?:ed|ing|s)?|announc(?:ed|ing|es?)|adopt(?:ed|ing|s)?|add(?:ed|ing|s)?|slapped|levied|introduc(?:ed|ing|es?)|expand(?:ed|ing|s)?)\b[^.;]{0,60}?\b(?:sanctions?|tariffs?|duty|duties|export controls|embargo)\b|\b(?:sanctions?|tariffs?) (?:on|against)\b|\bunder (?:[A-Z.]+ )?sanctions\b|\bsanctioned\b|\bblacklisted\b/gi,
  ],
  [
    'call',
    /\b(?:phone call|phoned|telephoned|telephone (?:call|conversation|talks)|spoke (?:by|on the) (?:phone|telephone)|video (?:call|link)|(?:a|the) call (?:with|between)|held a call)\b|\b(?:spoke|talked) (?:with|to) [A-Za-z.'’ -]{1,40}? (?:by|on the|over the) (?:phone|telephone)\b/gi,
  ],
  ['legal', /\b(?:court|lawsuit|sued|ruling|ruled|indicted|indictment|charged|arrested|convicted|sentenced)\b/gi],
  ['visit', /\b(?:visit|visited|visits|visiting|trip to|travell?ed to|arrived in|arrives in|arrived at|flew to|landed in)\b/gi],
  ['meeting', /\b(?:met|meet|meets|meeting|talks|summit|negotiations?|negotiated|held discussions|hosted)\b/gi],
  ['proposal', /\b(?:proposed|proposes|proposal|offered|offers|suggested|suggests|floated)\b/gi],
  [
    'statement',
    /\b(?:said|says|told|stated|declared|announced|wrote|writing|posted|warned|remarks|interview|statement|commented|spoke (?:to|about|of|at|with reporters)|insisted|argued|stressed|noted|added|welcomed|criticised|criticized)\b/gi,
  ],
];

export interface Trigger {
  type: Exclude<EventTypeValue, 'other'>;
  index: number;
  text: string;
}

/** The earliest trigger in the text (the longest at a tie), or null. */
export function firstTrigger(text: string): Trigger | null {
  let best: Trigger | null = null;
  for (const [type, re] of TRIGGERS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length))
      best = { type, index: m.index, text: m[0] };
  }
  return best;
}
