package com.example.loan.repo;

import com.example.loan.domain.PaymentRecord;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface PaymentRepository extends BaseRepository<PaymentRecord, Long> {

    Optional<PaymentRecord> findByTxnId(String txnId);

    @Query("select p from Payment p where p.txnId = :txnId")
    PaymentRecord byTxn(String txnId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.txnId = :txnId")
    Optional<PaymentRecord> lockByTxn(String txnId);
}
