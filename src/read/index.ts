export { detectEncoding, type DetectEncodingOptions, type DetectedEncoding } from './detect-encoding.js';
export { readText, type ReadTextOptions } from './read-text.js';
