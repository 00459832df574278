export { writeAlto, type AltoBlock, type AltoOptions } from './write-alto.js';
export { writeMets, type MetsPage } from './write-mets.js';
