import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { courseSchema } from './schemas/course';
import { glossarySchema } from './schemas/glossary';
import { moduleSchema } from './schemas/module';
import { pathSchema, planModuleSchema } from './schemas/plan';
import { placementQuestionSchema } from './schemas/placement';
import { quizSchema } from './schemas/quiz';

// Ids keep their folders: "vi/data-thinking/data-quality". The language is the first segment.
export const collections = {
  courses: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: './content/courses' }), schema: courseSchema }),
  modules: defineCollection({
    loader: glob({ pattern: '*/*/*.mdx', base: './content/modules' }),
    schema: moduleSchema,
  }),
  quizzes: defineCollection({ loader: glob({ pattern: '*/*/*.yaml', base: './content/quizzes' }), schema: quizSchema }),
  glossary: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: './content/glossary' }),
    schema: glossarySchema,
  }),
  plan: defineCollection({ loader: file('./seeds/curriculum-plan.yaml'), schema: planModuleSchema }),
  paths: defineCollection({ loader: glob({ pattern: '*.yaml', base: './seeds/paths' }), schema: pathSchema }),
  // The placement check's questions, as references into the quizzes (see content/placement.yaml).
  placement: defineCollection({ loader: file('./content/placement.yaml'), schema: placementQuestionSchema }),
};
