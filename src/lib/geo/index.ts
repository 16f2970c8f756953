/** Pure, framework-free helpers over src/content/geo/region.topo.json (see geo/README.md). */
export * from './region';
export * from './topology';
export * from './query';
