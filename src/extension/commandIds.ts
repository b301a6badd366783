// Every command the extension contributes, by name: registration, hovers, menus in code and tests use
// these, never a string literal; a unit test holds them equal to package.json's contributes.commands.
export const COMMANDS = {
  refresh: 'newsAnnotator.refresh',
  toggleCategory: 'newsAnnotator.toggleCategory',
  setArticleDate: 'newsAnnotator.setArticleDate',
  focusFacts: 'newsAnnotator.focusFacts',
  groupByCountry: 'newsAnnotator.groupByCountry',
  groupByKind: 'newsAnnotator.groupByKind',
  changeScope: 'newsAnnotator.changeScope',
  annotateAnyway: 'newsAnnotator.annotateAnyway',
  reveal: 'newsAnnotator.reveal',
  export: 'newsAnnotator.export',
  import: 'newsAnnotator.import',
  annotateSelectionAs: 'newsAnnotator.annotateSelectionAs',
  reject: 'newsAnnotator.reject',
  relabel: 'newsAnnotator.relabel',
  editValue: 'newsAnnotator.editValue',
  showInFacts: 'newsAnnotator.showInFacts',
  restore: 'newsAnnotator.restore',
  undoCorrection: 'newsAnnotator.undoCorrection',
  correctFact: 'newsAnnotator.correctFact',
  openSample: 'newsAnnotator.openSample',
  rejectEverywhere: 'newsAnnotator.rejectEverywhere',
  annotateAllOccurrences: 'newsAnnotator.annotateAllOccurrences',
  removeRule: 'newsAnnotator.removeRule',
  showOverview: 'newsAnnotator.showOverview',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
