/**
 * A user's work on one video, kept so that nothing is lost and nothing slow is done twice: the pose model's
 * per-frame poses ({@link org.medius.session.Session}), the user's corrections on top of them
 * ({@link org.medius.session.Correction}, {@link org.medius.session.Corrections}) with undo and redo
 * ({@link org.medius.session.CorrectionHistory}), the session file ({@link org.medius.session.SessionStore}) and
 * the per-user cache that finds it again by the video's content ({@link org.medius.session.SessionCache}).
 * No UI, video or model library here: the viewer drives it, the pose stage feeds it.
 */
package org.medius.session;
