package com.example.loan.repo;

import com.example.loan.domain.PaymentRecord;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface PaymentRepository extends BaseRepository<PaymentRecord, Long> {

    Optional<PaymentRecord> findByTxnId(String txnId);

    @Query("select p from Payment p where p.txnId = :txnId")
    PaymentRecord byTxn(String txnId);
}
