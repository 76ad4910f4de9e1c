/**
 * The shape a translation must fill: the English tree with every string left free, so a missing
 * or extra key in French (or any later language) fails the build, not the user.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
