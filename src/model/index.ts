export * from './document.js';
export * from './edit.js';
export * from './message.js';
export * from './errors.js';
export * from './byline.js';
export * from './box.js';
export * from './knowledge.js';
export * from './reading-order.js';
