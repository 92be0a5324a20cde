package org.medius.analysis;

/**
 * How long work reports where it is and learns that the user cancelled. Called from the working thread; an
 * implementation that updates a UI must hand the values over to the UI thread itself.
 */
public interface Progress {
    /** Does nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(String stage, double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * @param stage    what is being done, in words ("Finding the person", "Filtering")
     * @param fraction overall progress 0..1
     */
    void update(String stage, double fraction);

    /** True once the user asked to stop; the work then ends with {@link AnalysisCancelledException}. */
    boolean cancelled();

    /**
     * The pose stage found the subject's pose on one more frame (frames come in order; the pose is
     * {@link org.medius.model.Pose#empty()} where nobody was found). Lets a viewer show the skeleton and plots as the
     * frames are analysed. Does nothing unless overridden; called on the working thread, so keep it short.
     */
    default void poseFound(org.medius.model.VideoMetadata video, org.medius.model.FramePose pose) {
    }
}
