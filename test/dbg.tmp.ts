import { verbForm } from '../src/core/verbs';
for (const w of ['have','has','had','is','are','were','been','being','does','did','said','says']) console.log(w, JSON.stringify(verbForm(w)));
