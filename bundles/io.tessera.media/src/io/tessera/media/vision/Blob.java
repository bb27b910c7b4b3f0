package io.tessera.media.vision;

/**
 * One connected region of a foreground mask, with the measurements shape classification needs.
 *
 * @param area         pixels in the region
 * @param cx           centroid x
 * @param cy           centroid y
 * @param rgb          mean colour of the region's interior (edge pixels mix with the background), packed 0xRRGGBB
 * @param circularity  4π·area / perimeter² (1 for a disc)
 * @param solidity     area / convex hull area (low for stars)
 * @param vertices     corners of the outline simplified to 4 % of its perimeter
 * @param filledRatio  area of the outline filled in / pixels of the region (above 1 when it has a hole, e.g. a ring)
 * @param rectAspect   long / short side of the minimum-area rectangle
 * @param rectAngle    that rectangle's rotation folded into [0, 45] degrees
 * @param extent       area / area of the minimum-area rectangle
 * @param touchesBorder whether the region reaches the frame's edge (its outline is then cut, not its own)
 */
public record Blob(int area, double cx, double cy, int rgb, double circularity, double solidity, int vertices, double filledRatio,
        double rectAspect, double rectAngle, double extent, boolean touchesBorder) {
}
