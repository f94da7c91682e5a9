// Every reason an upload cannot be read as a table; `message` is shown to the clerk as-is.
export type TableErrorCode =
  | 'EMPTY' // 0 bytes
  | 'TOO_LARGE' // over maxBytes (HTTP 413)
  | 'NOT_A_TABLE' // PDF, image, Word, plain zip, binary junk
  | 'UNSUPPORTED_FORMAT' // a spreadsheet we cannot read: .ods, HTML/XML posing as .xls
  | 'ENCRYPTED' // password-protected workbook
  | 'BAD_WORKBOOK' // xlsx/xls container that is damaged
  | 'BAD_CSV' // NUL bytes, unclosed quote
  | 'NO_DATA'; // fewer than two non-empty rows (header + one data row)

export class TableError extends Error {
  override readonly name = 'TableError';
  constructor(
    readonly code: TableErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const NOT_A_TABLE_MESSAGE = '文件不是表格（支持 .xlsx、.xls、.csv）';
