/**
 * Reading and writing video files with JavaCV/FFmpeg: upright BGR frames with their real timestamps, clear errors
 * for bad files. The only package that touches JavaCV or OpenCV types.
 */
package org.medius.video;
