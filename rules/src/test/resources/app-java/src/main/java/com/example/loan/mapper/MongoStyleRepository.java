package com.example.loan.mapper;

import org.springframework.data.mongodb.repository.Query;

/** A @Query that is not SQL: ignored. */
public interface MongoStyleRepository {
    @Query("{ 'orderNo' : ?0 }")
    Object byOrderNo(String orderNo);
}
