/**
 * Plain values every stage shares and nothing else: keypoints and poses, a person's side and sex, the task, the
 * video's facts, the pose model choice, the subject hint, the pelvis skin markers of a video and where a frame's
 * pelvis was read from, and the one list of errors a user causes ({@link org.medius.model.UserError}). Depends on
 * nothing of ours.
 */
package org.medius.model;
