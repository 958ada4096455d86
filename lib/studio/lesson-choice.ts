/** A lesson the studio can open: `/studio?lesson=<slug>`. */
export interface LessonChoice {
  slug: string;
  title: string;
}
