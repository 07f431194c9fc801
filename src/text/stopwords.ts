// Function words carry no meaning for alignment ("the", "was", "said").
export const STOPWORDS = new Set(
  (
    'a an the and or but if then of to in on at by for with from into onto over under about as ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their this that these those there here ' +
    'who whom whose which what when where why how not no nor so than too very just also only even ' +
    'said says say told according s t up out off all any both each more most other some such own same ' +
    'after before while during since until again further once against near within without across'
  ).split(' '),
);
