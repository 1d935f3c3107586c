// The extractor, loaded at its first use. Its modules make hundreds of Unicode-class regular
// expressions and the name and place tables when they are evaluated, which every Worker isolate
// paid at startup, for page views that never draft. Imported this way, the bundler wraps them to
// be evaluated on the first draft instead (the README's Time paragraph has the measurement).
export const loadExtractor = () => import("./index");
