export type * from './types';
export { RECAP_INDICATORS, typeCountMeta, typeShortName, type RecapIndicatorMeta } from './metadata';
export { rowsOfSource, selectRows, compareCandidates, recapKey, sourceKey, registryResolver, type RowOptions, type Selection, type StandardResolver } from './rows';
export { aggregateRecap, compareRegionNames, figuresOf, rowsForFilter, registryDescriber, type AggregateOptions, type ItemDescriber } from './aggregate';
export { recapTables, recapCsv, recapCsvFiles, recapFileBase, recapFileNames, tableCsv, numericColumns, csvNumber, indicatorLines, groupCells, gradeSummary, filterDescription, round1, GRADE_LABELS, GROUP_COLUMNS, type Cell, type RecapTable, type IndicatorLine } from './tables';
export { readRecapFile, withoutImages, type RecapFileResult } from './readFile';
export { recapSheetLayouts, columnWidths, columnLetter, sheetName, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH, type RecapSheetLayout } from './sheets';
