export * from './define.js';
export * from './resources.js';
export * from './roles.js';
