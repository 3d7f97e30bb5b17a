"""Resolution: one record per entity however it is spelled, one agreement however many outlets report it."""
