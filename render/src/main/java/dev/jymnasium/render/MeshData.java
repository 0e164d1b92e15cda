package dev.jymnasium.render;

/**
 * Triangle geometry on the CPU: interleaved vertices {@code x, y, z, nx, ny, nz} and triangle index
 * triples (counter-clockwise from outside).
 */
record MeshData(float[] vertices, int[] indices) {
  static final int FLOATS_PER_VERTEX = 6;

  /** Unit cube from -1 to 1 on each axis, one normal per face. */
  static MeshData box() {
    float[] v = new float[6 * 4 * FLOATS_PER_VERTEX];
    int[] idx = new int[6 * 6];
    int k = 0;
    int t = 0;
    for (int axis = 0; axis < 3; axis++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        int u = (axis + 1) % 3;
        int w = (axis + 2) % 3;
        int base = k / FLOATS_PER_VERTEX;
        float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (float[] c : corners) {
          float[] p = new float[3];
          p[axis] = sign;
          p[u] = c[0];
          p[w] = c[1];
          float[] n = new float[3];
          n[axis] = sign;
          v[k++] = p[0];
          v[k++] = p[1];
          v[k++] = p[2];
          v[k++] = n[0];
          v[k++] = n[1];
          v[k++] = n[2];
        }
        // (u, w) corners run counter-clockwise seen from +axis; flip for the -axis face.
        int[] order = sign > 0 ? new int[] {0, 1, 2, 0, 2, 3} : new int[] {0, 2, 1, 0, 3, 2};
        for (int o : order) {
          idx[t++] = base + o;
        }
      }
    }
    return new MeshData(v, idx);
  }

  /** Unit sphere (radius 1) of {@code stacks} latitude bands and {@code slices} longitudes. */
  static MeshData sphere(int stacks, int slices) {
    return sphereBand(stacks, slices, -Math.PI / 2, Math.PI / 2);
  }

  /** Upper half (z >= 0) of the unit sphere, {@code stacks} bands from equator to pole. */
  static MeshData hemisphere(int stacks, int slices) {
    return sphereBand(stacks, slices, 0, Math.PI / 2);
  }

  private static MeshData sphereBand(int stacks, int slices, double fromLat, double toLat) {
    int rows = stacks + 1;
    int cols = slices + 1;
    float[] v = new float[rows * cols * FLOATS_PER_VERTEX];
    int k = 0;
    for (int i = 0; i < rows; i++) {
      double phi = fromLat + (toLat - fromLat) * i / stacks;
      for (int j = 0; j < cols; j++) {
        double theta = 2 * Math.PI * j / slices;
        float x = (float) (Math.cos(phi) * Math.cos(theta));
        float y = (float) (Math.cos(phi) * Math.sin(theta));
        float z = (float) Math.sin(phi);
        v[k++] = x;
        v[k++] = y;
        v[k++] = z;
        v[k++] = x;
        v[k++] = y;
        v[k++] = z;
      }
    }
    int[] idx = new int[stacks * slices * 6];
    int t = 0;
    for (int i = 0; i < stacks; i++) {
      for (int j = 0; j < slices; j++) {
        int a = i * cols + j;
        int b = a + 1;
        int c = a + cols;
        int d = c + 1;
        idx[t++] = a;
        idx[t++] = b;
        idx[t++] = d;
        idx[t++] = a;
        idx[t++] = d;
        idx[t++] = c;
      }
    }
    return new MeshData(v, idx);
  }

  /** Radius-1 tube along z from -1 to 1, open or closed with flat caps. */
  static MeshData cylinder(int slices, boolean caps) {
    int sideVerts = 2 * (slices + 1);
    int capVerts = caps ? 2 * (slices + 2) : 0;
    float[] v = new float[(sideVerts + capVerts) * FLOATS_PER_VERTEX];
    int[] idx = new int[slices * 6 + (caps ? 2 * slices * 3 : 0)];
    int k = 0;
    for (int j = 0; j <= slices; j++) {
      double theta = 2 * Math.PI * j / slices;
      float x = (float) Math.cos(theta);
      float y = (float) Math.sin(theta);
      for (int z = -1; z <= 1; z += 2) {
        v[k++] = x;
        v[k++] = y;
        v[k++] = z;
        v[k++] = x;
        v[k++] = y;
        v[k++] = 0;
      }
    }
    int t = 0;
    for (int j = 0; j < slices; j++) {
      int a = 2 * j;
      idx[t++] = a;
      idx[t++] = a + 2;
      idx[t++] = a + 3;
      idx[t++] = a;
      idx[t++] = a + 3;
      idx[t++] = a + 1;
    }
    if (caps) {
      for (int z = -1; z <= 1; z += 2) {
        int centre = k / FLOATS_PER_VERTEX;
        float[] c = {0, 0, z, 0, 0, z};
        System.arraycopy(c, 0, v, k, 6);
        k += 6;
        for (int j = 0; j <= slices; j++) {
          double theta = 2 * Math.PI * j / slices;
          v[k++] = (float) Math.cos(theta);
          v[k++] = (float) Math.sin(theta);
          v[k++] = z;
          v[k++] = 0;
          v[k++] = 0;
          v[k++] = z;
        }
        for (int j = 0; j < slices; j++) {
          idx[t++] = centre;
          idx[t++] = z > 0 ? centre + 1 + j : centre + 2 + j;
          idx[t++] = z > 0 ? centre + 2 + j : centre + 1 + j;
        }
      }
    }
    return new MeshData(v, idx);
  }

  /** Unit square from -1 to 1 in the xy plane, facing +z. */
  static MeshData plane() {
    float[] v = {
      -1, -1, 0, 0, 0, 1,
      1, -1, 0, 0, 0, 1,
      1, 1, 0, 0, 0, 1,
      -1, 1, 0, 0, 0, 1
    };
    return new MeshData(v, new int[] {0, 1, 2, 0, 2, 3});
  }

  /**
   * A flat-shaded copy of a user mesh ({@code xyz} positions, index triples): every triangle gets
   * its own three vertices carrying the face normal.
   */
  static MeshData flatShaded(float[] xyz, int[] indices) {
    float[] v = new float[indices.length * FLOATS_PER_VERTEX];
    int[] idx = new int[indices.length];
    int k = 0;
    for (int t = 0; t < indices.length; t += 3) {
      int a = 3 * indices[t];
      int b = 3 * indices[t + 1];
      int c = 3 * indices[t + 2];
      float ux = xyz[b] - xyz[a];
      float uy = xyz[b + 1] - xyz[a + 1];
      float uz = xyz[b + 2] - xyz[a + 2];
      float wx = xyz[c] - xyz[a];
      float wy = xyz[c + 1] - xyz[a + 1];
      float wz = xyz[c + 2] - xyz[a + 2];
      float nx = uy * wz - uz * wy;
      float ny = uz * wx - ux * wz;
      float nz = ux * wy - uy * wx;
      float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (len > 0) {
        nx /= len;
        ny /= len;
        nz /= len;
      }
      for (int corner : new int[] {a, b, c}) {
        idx[k / FLOATS_PER_VERTEX] = k / FLOATS_PER_VERTEX;
        v[k++] = xyz[corner];
        v[k++] = xyz[corner + 1];
        v[k++] = xyz[corner + 2];
        v[k++] = nx;
        v[k++] = ny;
        v[k++] = nz;
      }
    }
    return new MeshData(v, idx);
  }

  /** Largest distance of a vertex from the local origin. */
  float radius() {
    float r2 = 0;
    for (int i = 0; i < vertices.length; i += FLOATS_PER_VERTEX) {
      float x = vertices[i];
      float y = vertices[i + 1];
      float z = vertices[i + 2];
      r2 = Math.max(r2, x * x + y * y + z * z);
    }
    return (float) Math.sqrt(r2);
  }
}
