"""献血登记 page: entry, the donations list, the emergency call list."""
