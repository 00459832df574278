export { detectEncoding, type DetectEncodingOptions, type DetectedEncoding } from './detect-encoding.js';
export { readText, type ReadTextOptions } from './read-text.js';
export { sniffFormat, type FileFormat } from './sniff-format.js';
export { composeSource, type ComposableLine } from './compose-source.js';
export { readHtml } from './html/read-html.js';
export { readAlto, type AltoPage } from './alto/read-alto.js';
export { readPdf, type ReadPdfOptions, type PdfPage } from './pdf/read-pdf.js';
export { readMets, type MetsIssue } from './mets/read-mets.js';
