package org.medius.ui;

import java.nio.file.Path;
import org.medius.session.SessionCache;

/**
 * What the viewer needs from outside: the pose stage, where sessions are cached, the recent-files list and the
 * version recorded with every result. Tests give a fake pose stage and a temporary cache.
 */
public record ViewerServices(PoseStage poseStage, SessionCache cache, RecentFiles recentFiles, String softwareVersion) {

    /** MoveNet, the per-user cache folder and the recent list kept in it. */
    public static ViewerServices standard(String softwareVersion) {
        SessionCache cache = SessionCache.userDefault();
        return new ViewerServices(new MoveNetPoseStage(), cache, new RecentFiles(cache.dir().resolve("recent.txt")),
                softwareVersion);
    }

    /** The same, with another cache folder (tests). */
    public static ViewerServices withCache(PoseStage poseStage, Path cacheDir, String softwareVersion) {
        return new ViewerServices(poseStage, new SessionCache(cacheDir), new RecentFiles(cacheDir.resolve("recent.txt")),
                softwareVersion);
    }
}
