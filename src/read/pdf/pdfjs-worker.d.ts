// pdfjs-dist ships no types for its worker module; baoku only imports it for its effect (pdfjs.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
