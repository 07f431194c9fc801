import type { Token } from '../../types';
import { wordTable } from '../../text/word-table';

// Verbs of stance and speech that news reports use interchangeably. Folding them lets "rejected
// his appeal" meet "refused to sign on"; different groups are never folded together.
const CONCEPTS = wordTable<string>({
  reject: 'REFUSE', refus: 'REFUSE', declin: 'REFUSE', deni: 'REFUSE', oppos: 'REFUSE', rebuf: 'REFUSE', dismiss: 'REFUSE',
  agre: 'ACCEPT', accept: 'ACCEPT', endors: 'ACCEPT', approv: 'ACCEPT', readi: 'ACCEPT', ready: 'ACCEPT', support: 'ACCEPT',
  urg: 'URGE', demand: 'URGE',
  talk: 'TALK', spoke: 'TALK', speak: 'TALK', convers: 'TALK', discuss: 'TALK',
});

export const conceptOf = (t: Token) => CONCEPTS[t.stem] ?? t.stem;
