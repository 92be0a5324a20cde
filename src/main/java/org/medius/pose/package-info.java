/**
 * The pose model: MoveNet (TorchScript through DJL, the only package that uses DJL), its crop tracking, the
 * subject tracker that follows one person, and running it over a video's frames.
 */
package org.medius.pose;
