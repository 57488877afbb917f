export const employerBindingsKey = ['employer', 'bindings'] as const;
