/** Pure, framework-free helpers over static/geo/region.topo.json (see geo/README.md). */
export * from './region';
export * from './topology';
export * from './query';
