/** Metric ids, formulas and their registry: the one definition of every figure (DOMAIN.md section 2). */
export * from './ids';
export * from './formulas';
export * from './registry';
export * from './figures';
export * from './decline';
export * from './denominator';
export * from './decomposition';
