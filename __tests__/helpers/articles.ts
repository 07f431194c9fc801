// Invented articles for the batch tests: two earthquakes in one region two years apart (each told
// by two outlets in their own words), one trial, and one article no other covers.
export interface InventedArticle {
  path: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
  /** The event it reports, for checking a grouping. */
  event: string;
}

export const ARTICLES: InventedArticle[] = [
  {
    path: 'wire/quake-2019.txt',
    title: 'Quake kills 14 in Kessia province',
    outlet: 'Valmora Wire',
    published: '2019-03-12',
    event: 'quake-2019',
    text:
      'A magnitude 6.1 earthquake struck the northern province of Kessia on Tuesday, killing 14 people and injuring 230, officials said.\n' +
      'The quake hit at 4:10 a.m. near the town of Dravik, where Mayor Anna Holt said 40 homes had collapsed.\n' +
      'Rescue teams from Lund searched the rubble through the day. It was the strongest quake in Kessia since 2004.\n',
  },
  {
    path: 'daily/dravik-earthquake.txt',
    title: 'Dravik counts its dead after 6.1 quake',
    outlet: 'Kessia Daily',
    published: '2019-03-13',
    event: 'quake-2019',
    text:
      'Fourteen people died when a 6.1-magnitude earthquake shook Dravik before dawn on Tuesday, Mayor Anna Holt said.\n' +
      'About 230 people were hurt and at least 40 houses fell, the mayor told reporters in the Kessia town.\n' +
      'Teams from Lund worked until nightfall to reach people trapped under collapsed homes.\n',
  },
  {
    path: 'wire/quake-2021.txt',
    title: 'Quake hits Kessia again, three dead in Orsk',
    outlet: 'Valmora Wire',
    published: '2021-08-02',
    event: 'quake-2021',
    text:
      'A magnitude 5.4 earthquake struck Kessia province on Sunday, killing three people in the mining town of Orsk, officials said.\n' +
      'Governor Peter Maas said 12 people were injured and a school was damaged.\n' +
      'The quake was felt as far as the coast. It came two years after a deadly quake in the province.\n',
  },
  {
    path: 'daily/orsk-earthquake.txt',
    title: 'Three killed as 5.4 quake shakes Orsk',
    outlet: 'Kessia Daily',
    published: '2021-08-02',
    event: 'quake-2021',
    text:
      'Three people were killed in Orsk when a 5.4-magnitude quake shook the Kessia mining town on Sunday, Governor Peter Maas said.\n' +
      'Twelve were injured and the town school was badly damaged, Maas said.\n' +
      'Miners at the Orsk pits were brought to the surface as a precaution.\n',
  },
  {
    path: 'wire/trial.txt',
    title: 'Former minister Elsa Brandt goes on trial for bribery',
    outlet: 'Valmora Wire',
    published: '2021-08-03',
    event: 'trial',
    text:
      'Former transport minister Elsa Brandt went on trial in Lund on Monday accused of taking 2.3 million crowns in bribes.\n' +
      'Brandt, 58, denies the charges. Prosecutor Jonas Vik said the money came from a road builder.\n' +
      'The trial is expected to last six weeks.\n',
  },
  {
    path: 'daily/brandt-trial.txt',
    title: 'Brandt denies bribes as trial opens',
    outlet: 'Kessia Daily',
    published: '2021-08-03',
    event: 'trial',
    text:
      'Elsa Brandt, the former transport minister, told a Lund court on Monday that she never took bribes.\n' +
      'Prosecutor Jonas Vik says Brandt, 59, received 2.5 million crowns from a road builder.\n' +
      'The trial is set to run for six weeks.\n',
  },
  {
    path: 'daily/festival.txt',
    title: 'Jazz festival returns to the harbour',
    outlet: 'Kessia Daily',
    published: '2021-08-04',
    event: 'festival',
    text: 'The harbour jazz festival returns this weekend with 30 bands on four stages, organisers said.\nTickets cost 20 crowns a day.\n',
  },
];

/** The articles as JSON lines, as `factdiff batch -` reads them. */
export const jsonLines = (articles: InventedArticle[]) => articles.map(({ event: _, ...a }) => JSON.stringify(a)).join('\n') + '\n';
